package io.dclink.provider.jdcloud;

import io.dclink.auth.AccessKeyCredentials;
import io.dclink.error.ErrorContext;
import io.dclink.kit.json.Json;
import io.dclink.kit.json.JsonRecord;
import io.dclink.spi.SigningRequest;
import io.dclink.testkit.jdcloud.JdCloudEmulator;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

/**
 * The VPC ids the user of a test already knows (the emulator seeds {@code default-vpc}
 * 192.168.0.0/16 and {@code prod-vpc} 172.16.0.0/16 per account): read with one signed
 * {@code describeVpcs}, outside the plugin, as the user would from the VPC console.
 */
final class VpcDirectory {

    private VpcDirectory() {
    }

    static String vpcId(JdCloudEmulator emulator, String name) {
        String base = emulator.baseUri().toString().replaceAll("/$", "");
        URI uri = URI.create(base + "/v1/regions/" + emulator.region() + "/vpcs/?pageNumber=1&pageSize=100");
        Map<String, String> signed = new Jdcloud2Signer("vpc", emulator.region(), (AccessKeyCredentials) emulator.testCredentials())
                .sign(new SigningRequest("GET", uri, Map.of("Content-Type", List.of("application/json")), new byte[0],
                        emulator.clock().instant()));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Content-Type", "application/json").GET();
        signed.forEach(request::header);
        try {
            HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            JsonRecord answer = Json.parse(response.body(), "describeVpcs", ErrorContext.of("jdcloud"));
            return answer.record("result").records("vpcs").stream().filter(vpc -> name.equals(vpc.text("vpcName")))
                    .map(vpc -> vpc.requiredText("vpcId")).findFirst().orElseThrow();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
