/**
 * The JD Cloud Direct Connection plugin ({@code jdcloud}): the {@code bgw} service (v1) for
 * locations, partners, physical connections, border gateways and their VPC attachments, private
 * VIFs and border-gateway routes, and the {@code vpc} service for VPC CIDRs and route-table rules,
 * signed with {@code JDCLOUD2-HMAC-SHA256}. Every path the plugin calls is in {@link
 * io.dclink.provider.jdcloud.Api}, the inferred ones marked UNVERIFIED. See docs/providers.md for
 * the mapping and what is unverified.
 */
package io.dclink.provider.jdcloud;
