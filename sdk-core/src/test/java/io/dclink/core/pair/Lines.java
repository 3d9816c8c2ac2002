package io.dclink.core.pair;

import io.dclink.lifecycle.ConnectionState;
import io.dclink.lifecycle.RequiredAction;
import io.dclink.model.Connection;
import io.dclink.model.ProviderState;

/** Lines as a provider would report them, for the pair's pure functions. */
final class Lines {

    private Lines() {
    }

    static Connection line(String id, ConnectionState state, RequiredAction action) {
        return line(id, state, action, state.name(), "ap-1", null);
    }

    static Connection line(String id, ConnectionState state, RequiredAction action, String raw, String accessPoint,
            String redundantWith) {
        return Connection.builder().provider("test").id(id).state(state).requiredAction(action)
                .providerState(ProviderState.of(raw)).accessPointId(accessPoint).redundantConnectionId(redundantWith).build();
    }
}
