/**
 * The Alibaba Cloud Express Connect emulator: the VPC API (2016-04-28, RPC style) for physical
 * connections, LOAs, access points, virtual border routers, BGP and VBR route entries, written from
 * the provider reference.
 */
package io.dclink.testkit.alibaba;
