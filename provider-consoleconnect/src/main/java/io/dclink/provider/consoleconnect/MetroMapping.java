package io.dclink.provider.consoleconnect;

import io.dclink.kit.json.JsonRecord;
import io.dclink.lifecycle.AccessPointState;
import io.dclink.model.AccessPoint;
import io.dclink.model.ProviderState;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One entry of a company's metro capabilities as the neutral access point: where that company takes
 * Layer 2 connections. Its id is the metro's ({@code destMetroId} of an order); the company and the
 * metro's first data-centre facility ({@code destDcf}) are kept in the attributes.
 */
final class MetroMapping {

    /** The attribute naming the company whose capabilities listed the metro. */
    static final String COMPANY = "company";
    /** The attribute holding the metro's first data-centre facility of that company. */
    static final String FIRST_DCF = "firstDataCenterFacilityIdInMetro";

    private static final Set<String> MAPPED = Set.of("id", "name");

    private MetroMapping() {
    }

    static AccessPoint accessPoint(JsonRecord metro, String company) {
        AccessPointState state = ConsoleConnectStates.METRO.map(ProviderState.of(null)).state();
        Map<String, String> attributes = metro.unmapped(MAPPED);
        attributes.put(COMPANY, company);
        String name = metro.text("name");
        return AccessPoint.builder()
                .provider(ConsoleConnectProvider.ID)
                .id(Answers.id(metro))
                .name(Objects.requireNonNullElse(name, ""))
                .state(state)
                .providerState(ProviderState.of(null))
                .city(name)
                .attributes(attributes)
                .build();
    }
}
