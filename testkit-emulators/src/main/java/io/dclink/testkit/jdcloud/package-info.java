/**
 * An emulator of JD Cloud Direct Connection: the {@code bgw} service (v1, revision 1.3.1) and the
 * route-table part of the {@code vpc} service, written from the provider reference and not from any
 * plugin: {@code JDCLOUD2-HMAC-SHA256} signatures (a reused nonce and a stale date refused), REST
 * paths from one table ({@link io.dclink.testkit.jdcloud.ApiTable}, every inferred row marked
 * UNVERIFIED), JD's error envelope and statuses, {@code pageNumber}/{@code pageSize} paging where a
 * page past the last answers the last page again, the line lifecycle ({@code Ordering} →
 * {@code Installation_Paying} → {@code Pending} (construction) → {@code Confirming} → {@code Active};
 * {@code InActive}, {@code Rejected}, {@code Deleting} → {@code Deleted}), border gateways and their
 * VPC attachments, private VIFs (VLAN 1-4000, /30 pairs, BGP with JD's ASN 64512), both route tables,
 * and the teardown rule. The lifecycles of lines and VIFs are
 * {@link io.dclink.testkit.emulator.RawLifecycle} tables, taken by the clock, the operator and
 * requests alike.
 */
package io.dclink.testkit.jdcloud;
