package org.patchwork.web.staff;

import java.util.Map;

import jakarta.validation.constraints.AssertTrue;
import org.springframework.web.multipart.MultipartFile;

/** A staff list uploaded to be imported: one CSV file, no larger than the directory takes. */
record StaffUpload(MultipartFile file) {

    /** The directory refuses larger uploads; checked here too so that the page can say so. */
    static final long MAX_IMPORT_BYTES = 2 * 1024 * 1024;
    /** The checks of the file, shown at the file field. */
    static final Map<String, String> CHECKS = Map.of("chosen", "file", "smallEnough", "file");

    @AssertTrue(message = "Choose a CSV file of your staff")
    boolean isChosen() {
        return file != null && !file.isEmpty();
    }

    @AssertTrue(message = "The file must be smaller than 2 MB; split a longer list into several files")
    boolean isSmallEnough() {
        return file == null || file.getSize() <= MAX_IMPORT_BYTES;
    }
}
