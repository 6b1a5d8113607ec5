package org.patchwork.web.audit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.patchwork.web.api.ClientNetworkApi;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * A subject access export in one action, for an IG officer of an organisation involved with the client: one request
 * to the service (which checks the officer and records the export) and one download holding the machine-readable
 * file exactly as the service wrote it and the readable document made from it.
 */
@Controller
class SubjectAccessController {

    private final ClientNetworkApi clientNetwork;
    private final SubjectAccessDocument document;

    SubjectAccessController(ClientNetworkApi clientNetwork, SubjectAccessDocument document) {
        this.clientNetwork = clientNetwork;
        this.document = document;
    }

    @PostMapping("/audit/clients/{clientId}/export")
    ResponseEntity<byte[]> export(@PathVariable UUID clientId) {
        String json = clientNetwork.subjectAccessExport(clientId);
        String name = "patchwork-subject-access-" + clientId.toString().substring(0, 8);
        byte[] zip = zip(name, json, document.render(json));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name + ".zip").build().toString())
                .body(zip);
    }

    private static byte[] zip(String name, String json, String html) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            zip.putNextEntry(new ZipEntry(name + ".json"));
            zip.write(json.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(name + ".html"));
            zip.write(html.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
