package org.patchwork.network.professional;

/**
 * Raised inside this service, in the transaction that applies the directory's {@code ProfessionalLeft}, so the
 * networks the professional belonged to are told in that same transaction.
 */
public record ProfessionalLeftAgency(ProfessionalContact professional) {
}
