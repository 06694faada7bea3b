-- One database per sector, as each department runs its own.
CREATE DATABASE admin_units;
CREATE DATABASE public_services;
CREATE DATABASE fisheries;
CREATE DATABASE land;
