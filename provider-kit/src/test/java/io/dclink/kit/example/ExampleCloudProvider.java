package io.dclink.kit.example;

import static io.dclink.spi.ProviderOperation.CONNECTION_CREATE;
import static io.dclink.spi.ProviderOperation.CONNECTION_GET;
import static io.dclink.spi.ProviderOperation.CONNECTION_LIST;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dclink.auth.ApiKeyCredentials;
import io.dclink.error.ErrorContext;
import io.dclink.kit.call.Calls;
import io.dclink.kit.http.TableClassifier;
import io.dclink.kit.json.Json;
import io.dclink.kit.json.JsonRecord;
import io.dclink.kit.paging.OffsetPaging;
import io.dclink.kit.validation.Problems;
import io.dclink.lifecycle.ConnectionState;
import io.dclink.lifecycle.RequiredAction;
import io.dclink.lifecycle.ResourceType;
import io.dclink.model.Connection;
import io.dclink.model.CreateConnectionRequest;
import io.dclink.model.ProviderState;
import io.dclink.spi.CredentialVariables;
import io.dclink.spi.DirectConnectProvider;
import io.dclink.spi.ErrorCategory;
import io.dclink.spi.ErrorEnvelope;
import io.dclink.spi.ErrorTable;
import io.dclink.spi.HttpCall;
import io.dclink.spi.OperationTable;
import io.dclink.spi.OperationTable.Idempotence;
import io.dclink.spi.Page;
import io.dclink.spi.ProviderContext;
import io.dclink.spi.ProviderDescriptor;
import io.dclink.spi.SpiVersion;
import io.dclink.spi.StateTable;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** The smallest complete plugin, quoted whole by docs/writing-a-provider.md: lines on "Example Cloud". */
public final class ExampleCloudProvider implements DirectConnectProvider {

    static final String ID = "example";

    // 1. The tables: raw states and error codes are data.
    static final StateTable<ConnectionState> LINE_STATES = StateTable
            .builder(ResourceType.CONNECTION, ConnectionState.class, "status")
            .row("reviewing", ConnectionState.PENDING_APPROVAL, RequiredAction.WAIT_FOR_PROVIDER)
            .row("building", ConnectionState.PROVISIONING, RequiredAction.WAIT_FOR_PROVIDER)
            .row("up", ConnectionState.ACTIVE, RequiredAction.NONE)
            .build();

    static final ErrorTable ERRORS = ErrorTable.builder()
            .exact("NoSuchLine", ErrorCategory.NOT_FOUND)
            .exact("Busy", ErrorCategory.INVALID_STATE).retryable()
            .prefix("Auth", ErrorCategory.AUTHENTICATION)
            .build();

    static final ErrorEnvelope ENVELOPE =
            new ErrorEnvelope(List.of("/error/code"), List.of("/error/message"), List.of("/requestId"), 400, false);

    // 2. The client: one instance per DirectConnect, its drivers over the kit's call helper.
    static final class Client {

        private final Calls<ObjectNode> api;
        private final OffsetPaging paging = new OffsetPaging(50, ErrorContext.of(ID));

        Client(ProviderContext context) {
            URI base = context.endpointOverride().orElse(URI.create("https://api.example.com"));
            TableClassifier errors = new TableClassifier(ERRORS, ENVELOPE);
            String key = ((ApiKeyCredentials) context.credentials()).apiKey().reveal();
            this.api = new Calls<>(context, ID, (action, body) -> HttpCall.builder(action, "POST", base.resolve("/" + action))
                    .header("Content-Type", "application/json")
                    .body(Json.bytes(body))
                    .signer(request -> Map.of("Authorization", "Bearer " + key))
                    .classifier(errors), answer -> answer);
        }

        CompletableFuture<Page<Connection>> list(String token) {
            int offset = paging.offset(token);
            return api.read("ListLines", Json.object().put("offset", offset).put("limit", paging.limit()))
                    .thenApply(answer -> {
                        List<JsonRecord> lines = answer.records("lines");
                        return paging.page(lines.stream().map(Client::line).toList(), offset, lines.size(),
                                answer.longValue("total"));
                    });
        }

        CompletableFuture<Connection> get(String id) {
            return api.read("GetLine", Json.object().put("id", id)).thenApply(answer -> line(answer.record("line")));
        }

        CompletableFuture<Connection> create(CreateConnectionRequest request) {
            ObjectNode body = Json.object().put("name", request.name()).put("site", request.accessPointId())
                    .put("clientToken", request.idempotencyKey());
            return api.tokenWrite("CreateLine", body).thenApply(answer -> line(answer.record("line")));
        }

        private static Connection line(JsonRecord line) {
            String raw = line.text("status");
            StateTable.Mapped<ConnectionState> mapped = LINE_STATES.map(raw);
            return Connection.builder().provider(ID).id(line.requiredText("id")).name(line.text("name"))
                    .state(mapped.state()).requiredAction(mapped.action()).providerState(ProviderState.of(raw))
                    .accessPointId(line.text("site")).build();
        }
    }

    // 3. The operations: what is bound is what the plugin can do.
    private static final OperationTable<Client> OPERATIONS = OperationTable.builder(Client::new)
            .on(CONNECTION_LIST, (client, in) -> client.list(in.pageToken()))
            .on(CONNECTION_GET, (client, id) -> client.get(id))
            .create(CONNECTION_CREATE, (client, request) -> client.create(request), Idempotence.clientToken())
            .validator(CONNECTION_CREATE, request -> new Problems()
                    .check(request.name().length() <= 40, "name", "must be at most 40 characters").list())
            .build();

    // 4. The descriptor: everything the runtime and the compatibility kit read.
    private static final ProviderDescriptor DESCRIPTOR = ProviderDescriptor
            .builder(ID, "Example Cloud", new SpiVersion(SpiVersion.MAJOR, SpiVersion.MINOR))
            .credentials(CredentialVariables.apiKey("an API key", "EXAMPLE_API_KEY"))
            .states(LINE_STATES)
            .errors(ERRORS, ENVELOPE)
            .operations(OPERATIONS)
            .build();

    /** Called by {@link java.util.ServiceLoader}. */
    public ExampleCloudProvider() {
    }

    @Override
    public ProviderDescriptor descriptor() {
        return DESCRIPTOR;
    }
}
