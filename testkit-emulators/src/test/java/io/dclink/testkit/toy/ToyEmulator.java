package io.dclink.testkit.toy;

import io.dclink.testkit.emulator.EmulatedOperation;
import io.dclink.testkit.emulator.Emulator;
import io.dclink.testkit.emulator.EmulatorOptions;
import io.dclink.testkit.emulator.Operator;
import io.dclink.testkit.emulator.SampleOrder;
import io.dclink.testkit.emulator.WireProtocol;
import java.time.ZoneId;

/** The emulator of the toy provider, used to test the framework and the kit themselves. */
public final class ToyEmulator extends Emulator {

    private final String providerId;
    private final ToyCloud cloud;

    public ToyEmulator(String providerId, EmulatorOptions options) {
        super(options, ZoneId.of("UTC"));
        this.providerId = providerId;
        this.cloud = new ToyCloud(this);
    }

    @Override
    public String providerId() {
        return providerId;
    }

    @Override
    protected String defaultRegion() {
        return "toy-1";
    }

    @Override
    protected WireProtocol protocol() {
        return cloud;
    }

    @Override
    public Operator operator() {
        return cloud;
    }

    @Override
    public String operationName(EmulatedOperation operation) {
        return switch (operation) {
            case LIST_ACCESS_POINTS -> "ListAccessPoints";
            case DESCRIBE_CONNECTIONS -> "GetLines";
            case CREATE_CONNECTION -> "CreateLine";
            case DELETE_CONNECTION -> "DeleteLine";
            case DESCRIBE_VIRTUAL_INTERFACES -> "GetVifs";
            case CREATE_VIRTUAL_INTERFACE -> "CreateVif";
            case CREATE_GATEWAY -> "CreateGateway";
            case CREATE_ROUTE -> "CreateRoute";
        };
    }

    ToyCloud cloud() {
        return cloud;
    }

    @Override
    public SampleOrder sampleOrder() {
        return new ToySampleOrder();
    }
}
