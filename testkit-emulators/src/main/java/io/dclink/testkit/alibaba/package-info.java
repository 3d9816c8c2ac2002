/**
 * The Alibaba Cloud Express Connect emulator: the VPC API (2016-04-28, RPC style) for physical
 * connections, LOAs, access points, virtual border routers, BGP and VBR route entries, written from
 * the provider reference. The lifecycles of lines (a self-service and a partner flow), LOAs, VBRs,
 * BGP objects and route entries are {@link io.dclink.testkit.emulator.RawLifecycle} tables.
 */
package io.dclink.testkit.alibaba;
