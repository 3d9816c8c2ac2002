package io.dclink.provider.consoleconnect;

/**
 * Where a Layer 2 connection lands, resolved from the request before it is ordered or priced.
 *
 * @param company the destination company's username ({@code destCompany})
 * @param metroId its metro ({@code destMetroId})
 * @param dcfId its data-centre facility ({@code destDcf}: the one named, the metro capabilities' first
 *     one, or the port's)
 * @param portId the destination port ({@code destPortId}) when the request names one, else {@code null}
 * @param remainingMbps what the destination can still carry there ({@code capacity.remaining} of the
 *     port, or the most of its ports in the facility), or {@code null} when Console Connect does not say
 */
record Destination(String company, String metroId, String dcfId, String portId, Integer remainingMbps) {
}
