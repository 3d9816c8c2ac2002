package io.dclink.testkit.consoleconnect;

import io.dclink.model.CreateConnectionRequest;
import io.dclink.model.CreateVirtualInterfaceRequest;
import io.dclink.model.Gateway;
import io.dclink.testkit.emulator.SampleOrder;

/**
 * What the Console Connect emulator takes. Its lines are ports, which an administrator orders
 * outside the API (the emulator's company has them ready), and its interfaces are Layer 2
 * connections, which carry no BGP.
 */
final class ConsoleConnectSampleOrder implements SampleOrder {

    @Override
    public CreateConnectionRequest connection(String name) {
        throw new UnsupportedOperationException("Console Connect ports are ordered by an administrator, not through the "
                + "API; the emulator's company " + Companies.TEST_COMPANY + " has ports ready");
    }

    @Override
    public CreateVirtualInterfaceRequest virtualInterface(String connectionId, Gateway gateway, int vlan) {
        throw new UnsupportedOperationException("Console Connect's Layer 2 connections carry no BGP");
    }
}
