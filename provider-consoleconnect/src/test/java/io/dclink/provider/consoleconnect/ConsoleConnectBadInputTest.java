package io.dclink.provider.consoleconnect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.dclink.auth.Secret;
import io.dclink.error.Problem;
import io.dclink.error.ValidationException;
import io.dclink.model.BgpPeering;
import io.dclink.model.CreateVirtualInterfaceRequest;
import io.dclink.model.CreateVirtualInterfaceRequestBuilder;
import io.dclink.model.RoutingType;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Seeded bad input: requests drawn field by field from valid and invalid values, each invalid value
 * knowing the field it must be refused under. The plugin's rules name exactly those fields; through
 * the client, a request with any of them is refused with nothing sent. The seed is printed;
 * {@code -Ddclink.badinput.seed=N} replays other cases.
 */
class ConsoleConnectBadInputTest extends EmulatedConsoleConnect {

    private static final int CASES = 400;
    private static final int THROUGH_THE_CLIENT = 40;

    @Test
    void everyBadFieldIsNamedAndNothingIsSent() {
        long seed = Long.getLong("dclink.badinput.seed", 0x636f6e6e656374L);
        System.out.println("ConsoleConnectBadInputTest seed " + seed);
        Random random = new Random(seed);
        String portId = port("HKG-MEGA-I");
        int before = emulator.requests().size();
        int viaClient = 0;
        for (int i = 0; i < CASES; i++) {
            Case drawn = draw(random, portId);
            Set<String> named = Layer2Rules.create(drawn.request()).stream().map(Problem::field)
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(named).as("case %d with seed %d", i, seed).isEqualTo(drawn.bad());
            if (!drawn.bad().isEmpty() && viaClient < THROUGH_THE_CLIENT) {
                viaClient++;
                Throwable thrown = catchThrowable(() -> client.virtualInterfaces().create(drawn.request()));
                assertThat(thrown).as("case %d with seed %d", i, seed).isInstanceOf(ValidationException.class);
            }
        }
        assertThat(viaClient).isEqualTo(THROUGH_THE_CLIENT);
        assertThat(emulator.requests().size()).isEqualTo(before);
    }

    /** A request and the fields it must be refused under. */
    private record Case(CreateVirtualInterfaceRequest request, Set<String> bad) {
    }

    private static Case draw(Random random, String portId) {
        Set<String> bad = new TreeSet<>();
        CreateVirtualInterfaceRequestBuilder request = CreateVirtualInterfaceRequest.builder()
                .name(pick(random, bad, "name", List.of("to-acme", "x".repeat(100), "Singapore ⇄ 香港"),
                        List.of("x".repeat(101), "tab\there", "new\nline", "a\u202Eb", "lone\uD800", "nul\u0000")))
                .connectionId(pick(random, bad, "connectionId", List.of(portId),
                        List.of("port-1", "AAAAAAAAAAAAAAAAAAAAAAAA", portId.substring(1), portId + "0")))
                .ownerAccount(pick(random, bad, "ownerAccount", List.of("acme-exchange", "tencent-cloud"),
                        List.of("acme exchange", "x/y", "y".repeat(101))))
                .bandwidthMbps(pick(random, bad, "bandwidthMbps", List.of(1, 500, 100_000), List.of(0, -5, 100_001)))
                .vlan(pick(random, bad, "vlan", Arrays.asList(null, 2, 1200, 4094), List.of(0, 1, 4095, 99_999)))
                .routing(pick(random, bad, "routing", List.of(RoutingType.NONE), List.of(RoutingType.BGP, RoutingType.STATIC)));
        Map<String, String> options = new HashMap<>();
        option(random, bad, options, Layer2Options.DEST_METRO, List.of(Orders.HONG_KONG), List.of("HKG", "5c0a"));
        option(random, bad, options, Layer2Options.DEST_PORT, List.of(Orders.ACME_LONDON_PORT),
                List.of("port-9", "AAAAAAAAAAAAAAAAAAAAAAAA"));
        option(random, bad, options, "paymentType", List.of("invoice", "plan", "payg"), List.of("creditcard", "cash"));
        option(random, bad, options, "classOfService", List.of("BRONZE", "GOLD"), List.of("gold", "PLATINUM"));
        option(random, bad, options, "evergreen", List.of("true", "false"), List.of("yes", "TRUE"));
        option(random, bad, options, "discountCode", List.of("SPRING24"), List.of("", "TWO WORDS", "d".repeat(65)));
        if (random.nextInt(3) == 0) {
            options.put("duration", pick(random, bad, "providerOptions.duration", List.of("1", "12", "120"),
                    List.of("0", "121", "twelve")));
            options.put("durationUnit", pick(random, bad, "providerOptions.durationUnit", List.of("y", "m", "d"),
                    List.of("w", "M")));
        }
        request.providerOptions(options);
        if (random.nextInt(6) == 0) {
            request.description("described");
            bad.add("description");
        }
        if (random.nextInt(6) == 0) {
            request.tags(Map.of("team", "net"));
            bad.add("tags");
        }
        if (random.nextInt(6) == 0) {
            request.customerAddress("10.0.0.2/30");
            bad.add("customerAddress");
        }
        if (random.nextInt(6) == 0) {
            request.gatewayId(Orders.HONG_KONG);
            bad.add("gatewayId");
        }
        if (random.nextInt(6) == 0) {
            request.bgp(new BgpPeering(65_010L, null, Secret.of("md5-key")));
            bad.add("bgp");
        }
        return new Case(request.build(), bad);
    }

    /** Sometimes sets an option, valid most of the time, noting its field when it is not. */
    private static void option(Random random, Set<String> bad, Map<String, String> options, String option, List<String> valid,
            List<String> invalid) {
        if (random.nextBoolean()) {
            options.put(option, pick(random, bad, "providerOptions." + option, valid, invalid));
        }
    }

    /** A valid value most of the time, otherwise an invalid one, noting its field. */
    private static <T> T pick(Random random, Set<String> bad, String field, List<T> valid, List<T> invalid) {
        if (random.nextInt(4) == 0) {
            bad.add(field);
            return invalid.get(random.nextInt(invalid.size()));
        }
        return valid.get(random.nextInt(valid.size()));
    }
}
