import pg from 'pg';

// node-postgres turns DATE columns into JS Dates at local midnight, which shifts the day in any
// time zone west of UTC. A calendar date stays the 'YYYY-MM-DD' string the database holds.
const DATE_OID = 1082;
pg.types.setTypeParser(DATE_OID, (value: string) => value);
