package org.patchwork.directory.importing;

import java.io.IOException;
import java.io.InputStream;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.patchwork.platform.security.Caller;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@Tag(name = "Agency staff")
class StaffImportController {

    private final StaffImportService service;

    StaffImportController(StaffImportService service) {
        this.service = service;
    }

    @PostMapping(path = "/api/directory/agencies/{code}/staff/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import the agency's staff from a CSV file (UTF-8, header row, at most 5,000 rows):"
            + " columns name, email, jobTitle, team, workPhone, mobile, preferredContact, areas (separated by ';')."
            + " Answers with what each row did; importing the same file again changes nothing.")
    ImportReport importStaff(Caller caller, @PathVariable String code,
                             @Parameter(description = "the CSV file") @RequestParam("file") MultipartFile file)
            throws IOException {
        try (InputStream csv = file.getInputStream()) {
            return service.importStaff(caller, code, csv);
        }
    }
}
