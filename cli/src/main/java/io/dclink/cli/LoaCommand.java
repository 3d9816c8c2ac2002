package io.dclink.cli;

import io.dclink.DirectConnect;
import io.dclink.error.ErrorContext;
import io.dclink.error.ProviderErrorException;
import io.dclink.model.ConstructionReport;
import io.dclink.model.ConstructionType;
import io.dclink.model.Loa;
import io.dclink.model.LoaApplication;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dclink loa}: a line's letter of authorisation and construction report. */
@Command(name = "loa", description = "The letter of authorisation of a line, where the provider has one.",
        subcommands = {LoaCommand.Apply.class, LoaCommand.Get.class, LoaCommand.Complete.class})
final class LoaCommand {

    /** {@code loa apply ID}. */
    @Command(name = "apply", description = "Apply for the LOA (again, after a rejection).")
    static final class Apply extends ClientCommand {
        @Parameters(paramLabel = "CONNECTION_ID", description = "The line's id.")
        String connectionId;

        @Option(names = "--company", required = true, paramLabel = "NAME", description = "The company the line is for.")
        String company;

        @Option(names = "--construction-company", required = true, paramLabel = "NAME", description = "Who builds it.")
        String constructionCompany;

        @Option(names = "--type", required = true, paramLabel = "MSTP|MPLSVPN|FIBRE|OTHER",
                description = "How the line is built.")
        ConstructionType type;

        @Option(names = "--time", required = true, paramLabel = "INSTANT",
                description = "When the crew enters the site, e.g. 2030-01-15T02:00:00Z or 2030-01-15T10:00:00+08:00.")
        Instant time;

        @Option(names = "--location", paramLabel = "TEXT", description = "Where in the data centre.")
        String location;

        @Option(names = "--bandwidth", paramLabel = "MBPS", description = "The line's bandwidth in Mbit/s.")
        Integer bandwidthMbps;

        @Option(names = "--engineer", required = true, paramLabel = "NAME,PHONE,DOC_TYPE,DOC_NUMBER,GENDER",
                description = "A field engineer; repeat for several. DOC_NUMBER may be env:VARIABLE.")
        List<String> engineers;

        @Option(names = "--idempotency-key", paramLabel = "KEY", description = "Makes repeating this command safe.")
        String idempotencyKey;

        @Override
        void run(DirectConnect client) {
            out().one(client.loas().apply(connectionId, LoaApplication.builder().companyName(company)
                    .constructionCompany(constructionCompany).constructionType(type).constructionTime(time)
                    .customerLocation(location).bandwidthMbps(bandwidthMbps)
                    .engineers(engineers.stream().map(text -> Parse.engineer(text, root().console.env())).toList())
                    .idempotencyKey(idempotencyKey).build()));
        }
    }

    /** {@code loa get ID [--save FILE]}. */
    @Command(name = "get", description = "The LOA, and its document with --save.")
    static final class Get extends ClientCommand {
        @Parameters(paramLabel = "CONNECTION_ID", description = "The line's id.")
        String connectionId;

        @Option(names = "--save", paramLabel = "FILE", description = "Download the LOA document to this file.")
        Path save;

        @Override
        void run(DirectConnect client) throws IOException, InterruptedException {
            Loa loa = client.loas().get(connectionId);
            if (save != null) {
                download(loa);
            }
            out().one(loa);
        }

        /** To a temporary file beside the target, moved into place only when the download succeeded. */
        private void download(Loa loa) throws IOException, InterruptedException {
            URI document = loa.documentUrl();
            if (document == null) {
                throw new UsageException("the LOA of " + connectionId + " has no document yet (state " + loa.state() + ")");
            }
            String shown = document.getScheme() + "://" + document.getRawAuthority() + document.getRawPath();
            if (!"https".equals(document.getScheme())
                    && !("http".equals(document.getScheme()) && EndpointUri.isLoopback(document))) {
                throw new UsageException("refusing to download the LOA over " + document.getScheme() + ": " + shown);
            }
            Path target = save.toAbsolutePath();
            if (!Files.isDirectory(target.getParent())) {
                throw new UsageException("--save " + save + ": the directory " + target.getParent() + " does not exist");
            }
            Path partial = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
            try {
                HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
                HttpResponse<Path> response;
                try {
                    response = http.send(HttpRequest.newBuilder(document).timeout(Duration.ofMinutes(1)).build(),
                            HttpResponse.BodyHandlers.ofFile(partial));
                } catch (IOException failed) {
                    throw new RemoteFailure("the LOA document of " + connectionId + " could not be downloaded from "
                            + shown + " (the connection failed; run 'loa get' again)", failed);
                }
                if (response.statusCode() != 200) {
                    throw new ProviderErrorException("The LOA document of " + connectionId + " could not be downloaded from "
                            + shown + " (its link may have expired; run 'loa get' again)",
                            ErrorContext.of(root().provider).withHttpStatus(response.statusCode()), null);
                }
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(partial);
            }
            out().note("saved the LOA document to " + save);
        }
    }

    /** {@code loa complete ID}. */
    @Command(name = "complete", description = "Report the construction (the delivery report).")
    static final class Complete extends ClientCommand {
        @Parameters(paramLabel = "CONNECTION_ID", description = "The line's id.")
        String connectionId;

        @Option(names = "--line-code", paramLabel = "CODE", description = "The carrier's line code.")
        String lineCode;

        @Option(names = "--cable-label", paramLabel = "LABEL", description = "The cable's label in the data centre.")
        String cableLabel;

        @Option(names = "--line-provider", paramLabel = "NAME", description = "The line's service provider.")
        String lineServiceProvider;

        @Option(names = "--line-contact", paramLabel = "PHONE", description = "Its operations contact.")
        String lineServiceContact;

        @Option(names = "--unfinished", description = "Report progress only: construction is not finished.")
        boolean unfinished;

        @Option(names = "--idempotency-key", paramLabel = "KEY", description = "Makes repeating this command safe.")
        String idempotencyKey;

        @Override
        void run(DirectConnect client) {
            out().one(client.loas().complete(connectionId, ConstructionReport.builder().lineCode(lineCode)
                    .cableLabel(cableLabel).lineServiceProvider(lineServiceProvider).lineServiceContact(lineServiceContact)
                    .constructionFinished(!unfinished).idempotencyKey(idempotencyKey).build()));
        }
    }
}
