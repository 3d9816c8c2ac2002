/**
 * dclink: one provider-neutral API for ordering, provisioning and tearing down dedicated lines.
 *
 * <p>Start with {@link io.dclink.DirectConnect#builder()}:
 *
 * <pre>{@code
 * try (DirectConnect dc = DirectConnect.builder()
 *         .provider("tencent")
 *         .region("ap-guangzhou")
 *         .credentials(Credentials.accessKey(secretId, secretKey))
 *         .build()) {
 *     Connection line = dc.connections().create(CreateConnectionRequest.builder()
 *             .name("idc-gz-1").accessPointId("ap-gz-a").carrier("ChinaTelecom")
 *             .portType("10GBase-LR").bandwidthMbps(1000).customerAddress("Room 301, 3F")
 *             .build());
 *     System.out.println(line.state() + ": " + line.requiredAction().description());
 * }
 * }</pre>
 */
package io.dclink;
