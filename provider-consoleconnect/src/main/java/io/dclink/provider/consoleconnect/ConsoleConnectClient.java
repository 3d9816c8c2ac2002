package io.dclink.provider.consoleconnect;

import io.dclink.spi.ProviderContext;

/**
 * The plugin's client for one API key: the settings checked (from the builder's properties and the
 * context's environment, never the process's directly), the API, the company the key acts for, and
 * one driver per resource. Console Connect has no regions: the context's region is never read.
 */
final class ConsoleConnectClient {

    private final Ports ports;
    private final Metros metros;
    private final Layer2Connections layer2;
    private final Quotes quotes;

    ConsoleConnectClient(ProviderContext context) {
        Settings settings = Settings.read(context.properties(), context.environment());
        ConsoleConnectApi api = new ConsoleConnectApi(context);
        CompanyName company = new CompanyName(api, settings.company());
        this.ports = new Ports(api, company);
        this.metros = new Metros(api, company, settings.accessPointCompany());
        Destinations destinations = new Destinations(metros, ports);
        this.layer2 = new Layer2Connections(api, company, new Layer2Orders(ports, destinations, settings.terms()));
        this.quotes = new Quotes(api, ports, destinations, settings.terms());
    }

    Ports ports() {
        return ports;
    }

    Metros metros() {
        return metros;
    }

    Layer2Connections layer2() {
        return layer2;
    }

    /** Prices before ordering ({@code VIRTUAL_INTERFACE_QUOTE}). */
    Quotes quotes() {
        return quotes;
    }
}
