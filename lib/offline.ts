import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled, ApolloServerPluginSchemaReportingDisabled, ApolloServerPluginUsageReportingDisabled } from '@apollo/server/plugin/disabled';

/**
 * The hub connects to nothing but what it is configured with (docs/operations.md). Apollo's
 * packages reach out on their own unless told not to:
 * - `@apollo/gateway` starts an OpenTelemetry meter for Apollo's usage collection whose resource
 *   detectors probe the metadata services of four clouds, at every start, unless
 *   `APOLLO_TELEMETRY_DISABLED` is set: the hub sets it before any gateway is built;
 * - Apollo Server reports usage and schemas to GraphOS when `APOLLO_KEY` is in the environment, and
 *   its landing pages load from a CDN: every server of the hub disables all three.
 */
export function disableApolloTelemetry(): void {
  process.env.APOLLO_TELEMETRY_DISABLED = 'true';
}

export function offlinePlugins<T extends object>(): Array<ApolloServerPlugin<T>> {
  return [ApolloServerPluginUsageReportingDisabled(), ApolloServerPluginSchemaReportingDisabled(), ApolloServerPluginLandingPageDisabled()] as Array<ApolloServerPlugin<T>>;
}
