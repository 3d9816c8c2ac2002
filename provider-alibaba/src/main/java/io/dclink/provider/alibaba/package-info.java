/**
 * The Alibaba Cloud Express Connect plugin ({@code alibaba}): the VPC API (2016-04-28, RPC style,
 * ACS3-HMAC-SHA256) for physical connections and their LOAs, access points, virtual border
 * routers, BGP and VBR route entries. See docs/providers.md for the mapping and what is unverified.
 */
package io.dclink.provider.alibaba;
