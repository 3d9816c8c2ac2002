package io.dclink.core.testplugin;

import io.dclink.error.ErrorContext;
import io.dclink.error.ResourceNotFoundException;
import io.dclink.hosted.HandOff;
import io.dclink.lifecycle.RequiredAction;
import io.dclink.lifecycle.VirtualInterfaceState;
import io.dclink.model.ProviderState;
import io.dclink.model.VirtualInterface;
import io.dclink.model.VirtualInterfaceBuilder;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

/**
 * The in-memory world behind the hosted-order test plugins: a partner's interfaces and a cloud's
 * lines and interfaces, with counters, and the steps the partner's support, the line's owner and
 * the cloud take, as a test plays them.
 */
public final class HostedWorld {

    /** The cloud account of the partner, which owns the shared line. */
    public static final String PARTNER_ACCOUNT = "900000000001";
    /** The shared line the partner owns at the cloud. */
    public static final String SHARED_LINE = "ln-0001";
    /** The attributes where the partner plugin "partnerco" shows the hand-off. */
    public static final String ACCOUNT_ATTRIBUTE = "handoff.account";
    public static final String LINE_ATTRIBUTE = "handoff.line";
    public static final String VLAN_ATTRIBUTE = "handoff.vlan";

    private static final Map<String, HostedWorld> WORLDS = new ConcurrentHashMap<>();
    private static final AtomicInteger IDS = new AtomicInteger();

    public final String id = UUID.randomUUID().toString();
    /** Interfaces by id, both providers' (ids start with the provider's prefix). */
    public final Map<String, VirtualInterface> interfaces = new ConcurrentHashMap<>();
    /** The cloud's lines and the account owning each. */
    public final Map<String, String> lines = new ConcurrentHashMap<>(Map.of(SHARED_LINE, PARTNER_ACCOUNT));
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();

    private HostedWorld() {
    }

    public static HostedWorld create() {
        HostedWorld world = new HostedWorld();
        WORLDS.put(world.id, world);
        return world;
    }

    static HostedWorld get(String id) {
        HostedWorld world = WORLDS.get(id);
        if (world == null) {
            throw new IllegalStateException("no hosted world " + id);
        }
        return world;
    }

    void count(String call) {
        calls.computeIfAbsent(call, k -> new AtomicInteger()).incrementAndGet();
    }

    /** How many times a plugin handler ran, e.g. {@code partnerco.create}. */
    public int calls(String call) {
        AtomicInteger count = calls.get(call);
        return count == null ? 0 : count.get();
    }

    String newId(String prefix) {
        return prefix + "-" + IDS.incrementAndGet();
    }

    VirtualInterface require(String provider, String id) {
        VirtualInterface found = interfaces.get(id);
        if (found == null || !found.provider().equals(provider)) {
            throw new ResourceNotFoundException("No virtual interface " + id, ErrorContext.of(provider).withErrorCode("NotFound"),
                    null);
        }
        return found;
    }

    /** Sets an interface's state, raw state and required action. */
    public void set(String id, VirtualInterfaceState state, String raw, RequiredAction action) {
        change(id, v -> v.state(state).providerState(ProviderState.of(raw)).requiredAction(action));
    }

    /** The partner's support provisions its side: it is active, and shows the hand-off where its plugin says. */
    public void partnerActive(String id, HandOff shown) {
        change(id, v -> {
            v.state(VirtualInterfaceState.ACTIVE).providerState(ProviderState.of("LIVE")).requiredAction(RequiredAction.NONE);
            if (shown != null) {
                v.attributes(Map.of(ACCOUNT_ATTRIBUTE, shown.providerAccount(), LINE_ATTRIBUTE, shown.sharedConnectionId(),
                        VLAN_ATTRIBUTE, Integer.toString(shown.vlan())));
            }
            return v;
        });
    }

    /** The cloud finishes configuring an interface: active. */
    public void cloudActive(String id) {
        set(id, VirtualInterfaceState.ACTIVE, "UP", RequiredAction.NONE);
    }

    /** A deletion in progress completes: the interface is gone. */
    public void gone(String id) {
        interfaces.remove(id);
    }

    private void change(String id, UnaryOperator<VirtualInterfaceBuilder> change) {
        interfaces.computeIfPresent(id, (k, v) -> change.apply(v.toBuilder()).build());
    }
}
