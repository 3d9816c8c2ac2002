package io.dclink.testkit.junit;

import io.dclink.DirectConnect;
import io.dclink.event.StateChangeEvent;
import io.dclink.testkit.emulator.Emulator;
import io.dclink.testkit.emulator.EmulatorOptions;
import io.dclink.testkit.emulator.Emulators;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Two started emulators, a partner's and a cloud's, and a client of each recording the state
 * changes its listeners receive. Closed by {@link EmulatorPairExtension} after the test.
 */
public final class EmulatorPair implements AutoCloseable {

    private final Emulator partnerEmulator;
    private final Emulator cloudEmulator;
    private final List<StateChangeEvent> partnerEvents = new CopyOnWriteArrayList<>();
    private final List<StateChangeEvent> cloudEvents = new CopyOnWriteArrayList<>();
    private final DirectConnect partner;
    private final DirectConnect cloud;

    EmulatorPair(String partnerId, String cloudId) {
        this.partnerEmulator = Emulators.forProvider(partnerId).create(EmulatorOptions.defaults()).start();
        try {
            this.cloudEmulator = Emulators.forProvider(cloudId).create(EmulatorOptions.defaults()).start();
        } catch (RuntimeException e) {
            partnerEmulator.close();
            throw e;
        }
        this.partner = partnerEmulator.clientBuilder().listener(partnerEvents::add).build();
        this.cloud = cloudEmulator.clientBuilder().listener(cloudEvents::add).build();
    }

    /**
     * The partner's client.
     *
     * @return the client
     */
    public DirectConnect partner() {
        return partner;
    }

    /**
     * The cloud's client.
     *
     * @return the client
     */
    public DirectConnect cloud() {
        return cloud;
    }

    /**
     * The partner's emulator, as its own type (for its operator's extra steps).
     *
     * @param type the emulator's class, e.g. {@code ConsoleConnectEmulator.class}
     * @param <E> the emulator type
     * @return the emulator
     * @throws ClassCastException if the partner's emulator is of another type
     */
    public <E extends Emulator> E partnerEmulator(Class<E> type) {
        return type.cast(partnerEmulator);
    }

    /**
     * The cloud's emulator, as its own type.
     *
     * @param type the emulator's class, e.g. {@code TencentEmulator.class}
     * @param <E> the emulator type
     * @return the emulator
     * @throws ClassCastException if the cloud's emulator is of another type
     */
    public <E extends Emulator> E cloudEmulator(Class<E> type) {
        return type.cast(cloudEmulator);
    }

    /**
     * The state changes the partner's client reported, oldest first.
     *
     * @return a live, read-only view
     */
    public List<StateChangeEvent> partnerEvents() {
        return Collections.unmodifiableList(partnerEvents);
    }

    /**
     * The state changes the cloud's client reported, oldest first.
     *
     * @return a live, read-only view
     */
    public List<StateChangeEvent> cloudEvents() {
        return Collections.unmodifiableList(cloudEvents);
    }

    /**
     * Lets time pass at both providers: advances both emulated clocks.
     *
     * @param duration how long
     */
    public void advanceClocks(Duration duration) {
        partnerEmulator.clock().advance(duration);
        cloudEmulator.clock().advance(duration);
    }

    @Override
    public void close() {
        try {
            partner.close();
            cloud.close();
        } finally {
            partnerEmulator.close();
            cloudEmulator.close();
        }
    }
}
