package org.patchwork.directory.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the directory's search queries. Results in the caller's own agency's areas come first, then the best
 * matches; each page is fetched with one row more than it shows, to tell whether another page follows without
 * counting every match.
 * <p>
 * Text matches use the indexes of migration V2: the GIN full-text index on {@code search_vector} for word
 * prefixes, and the GIN trigram indexes on names and job titles for similar spellings of every word typed
 * ({@code <%}, word similarity at least {@value #WORD_SIMILARITY_THRESHOLD}). Matching word by word lets the
 * index intersect a rare surname with a common first name before reading any row; matching the phrase as a
 * whole made it recheck every "Sample …" in the directory. Agency names are matched word by word too, because
 * a named agency brings in all of its staff: as a whole, "Sample Sopinoz" was half similar to every agency
 * called "Sample …" (one word of two), and a name search ranked every professional of those agencies.
 * {@link #SEARCH_SETTINGS} sets that threshold for the transaction, and has it planned for the actual words
 * every time: a generic plan of the prepared statement cannot tell a rare surname from a common word and may
 * scan the whole table.
 * <p>
 * Matches by full text (each word a prefix of a word of the name, job title, team or agency name) are always
 * ranked. Matches only by similar spelling are taken as the index finds them, at most
 * {@value #FUZZY_CANDIDATES} of those eligible under the filters: a five-letter word is similar to any word
 * sharing its first three letters, so "Samog" is similar to every "Sample …" and "Polik" to every "Police …",
 * and scoring and sorting all of those thousands took far longer than finding them. For such a broad word, a
 * match by spelling alone beyond that bound is not ranked; a misspelt rare name ("Evams", "Smiht") is well
 * within it. Each source of such matches (names, job titles, agency names) is a branch of its own, so that
 * PostgreSQL estimates each from its own index: an estimate it cannot make (agencies chosen by a subquery)
 * once led it to read the whole table in search of {@value #FUZZY_CANDIDATES} rows that were not there.
 */
public final class SearchStatements {

    public static final String WORD_SIMILARITY_THRESHOLD = "0.5";
    /** How many professionals matching only by similar spelling are ranked, at most (see the class comment). */
    public static final int FUZZY_CANDIDATES = 200;
    public static final String SEARCH_SETTINGS = "SELECT set_config('pg_trgm.word_similarity_threshold', '"
            + WORD_SIMILARITY_THRESHOLD + "', true), set_config('plan_cache_mode', 'force_custom_plan', true)";

    private static final String CALLER_AREAS = "(SELECT lower_areas(areas) FROM agency WHERE code = :callerAgency)";
    private static final String AREAS_COVERED = "lower_areas(CASE WHEN cardinality(p.areas) > 0 THEN p.areas"
            + " ELSE a.areas END)";

    private SearchStatements() {
    }

    public static SearchStatement professionals(ProfessionalSearch search, String callerAgency) {
        Map<String, Object> params = new HashMap<>();
        params.put("callerAgency", callerAgency);
        List<String> conditions = new ArrayList<>(List.of("p.status = 'ACTIVE'", "a.status = 'ONBOARDED'"));
        String score = "0";
        if (present(search.agency())) {
            params.put("agency", search.agency());
            conditions.add("p.agency_code = :agency");
        }
        if (search.kind() != null) {
            params.put("kind", search.kind().name());
            conditions.add("a.kind = :kind");
        }
        if (present(search.role())) {
            params.put("role", "%" + likeEscaped(search.role().strip()) + "%");
            conditions.add("p.job_title ILIKE :role");
        }
        if (present(search.area())) {
            params.put("area", search.area().strip());
            conditions.add("lower(:area) = ANY (" + AREAS_COVERED + ")");
        }
        if (!search.terms().isEmpty()) {
            params.put("text", search.terms().text());
            params.put("words", search.terms().prefixQuery());
            params.put("fuzzyCandidates", FUZZY_CANDIDATES);
            for (int i = 0; i < search.terms().words().size(); i++) {
                params.put("word" + i, search.terms().words().get(i));
            }
            String eligible = String.join(" AND ", conditions);
            conditions.add("""
                    (p.search_vector @@ to_tsquery('simple', :words)
                        OR p.agency_code = ANY (ARRAY(SELECT code FROM agency
                                                      WHERE to_tsvector('simple', name) @@ to_tsquery('simple', :words)))
                        OR p.id = ANY (ARRAY(SELECT id FROM (
                            (SELECT p.id FROM professional p JOIN agency a ON a.code = p.agency_code
                             WHERE %1$s AND %2$s LIMIT :fuzzyCandidates)
                            UNION ALL
                            (SELECT p.id FROM professional p JOIN agency a ON a.code = p.agency_code
                             WHERE %1$s AND %3$s LIMIT :fuzzyCandidates)
                            UNION ALL
                            (SELECT p.id FROM agency a JOIN professional p ON p.agency_code = a.code
                             WHERE %1$s AND %4$s LIMIT :fuzzyCandidates)) AS alike
                            LIMIT :fuzzyCandidates)))""".formatted(eligible, everyWordSimilarTo(search, "p.name"),
                    everyWordSimilarTo(search, "p.job_title"), everyWordSimilarTo(search, "a.name")));
            score = "greatest(word_similarity(:text, p.name), 0.9 * word_similarity(:text, coalesce(p.job_title, '')),"
                    + " ts_rank(p.search_vector, to_tsquery('simple', :words)),"
                    + " CASE WHEN " + everyWordSimilarTo(search, "a.name")
                    + " THEN 0.8 * word_similarity(:text, a.name) ELSE 0 END)";
        }
        page(params, search.page(), search.size());
        return new SearchStatement("""
                SELECT p.id, p.name, p.job_title, p.team, p.agency_code, a.name AS agency_name, a.kind AS agency_kind,
                       CASE WHEN p.contact_through_duty THEN a.duty_phone ELSE p.work_phone END AS work_phone,
                       CASE WHEN p.contact_through_duty THEN NULL ELSE p.mobile END AS mobile,
                       CASE WHEN p.contact_through_duty THEN a.duty_email ELSE p.email END AS email,
                       p.contact_through_duty, p.preferred_contact, p.areas,
                       coalesce(%s && %s, false) AS local_area,
                       %s AS score
                FROM professional p
                JOIN agency a ON a.code = p.agency_code
                WHERE %s
                ORDER BY local_area DESC, score DESC, p.name, p.id
                LIMIT :limit OFFSET :offset""".formatted(AREAS_COVERED, CALLER_AREAS, score,
                String.join("\n  AND ", conditions)), params);
    }

    public static SearchStatement agencies(AgencySearch search, String callerAgency) {
        Map<String, Object> params = new HashMap<>();
        params.put("callerAgency", callerAgency);
        // An agency being onboarded is not in the phonebook until it is live.
        List<String> conditions = new ArrayList<>(List.of("a.status <> 'ONBOARDING'"));
        String score = "0";
        if (!search.terms().isEmpty()) {
            params.put("text", search.terms().text());
            params.put("words", search.terms().prefixQuery());
            conditions.add("(:text <% a.name OR to_tsvector('simple', a.name) @@ to_tsquery('simple', :words))");
            score = "word_similarity(:text, a.name)";
        }
        if (search.kind() != null) {
            params.put("kind", search.kind().name());
            conditions.add("a.kind = :kind");
        }
        if (present(search.area())) {
            params.put("area", search.area().strip());
            conditions.add("lower(:area) = ANY (lower_areas(a.areas))");
        }
        page(params, search.page(), search.size());
        return new SearchStatement("""
                SELECT a.*, coalesce(lower_areas(a.areas) && %s, false) AS local_area, %s AS score
                FROM agency a
                WHERE %s
                ORDER BY local_area DESC, score DESC, a.name
                LIMIT :limit OFFSET :offset""".formatted(CALLER_AREAS, score, String.join("\n  AND ", conditions)),
                params);
    }

    /** Each word typed (parameters {@code :word0}, {@code :word1} …) is similar to a word of the column. */
    private static String everyWordSimilarTo(ProfessionalSearch search, String column) {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < search.terms().words().size(); i++) {
            words.add(":word" + i + " <% " + column);
        }
        return "(" + String.join(" AND ", words) + ")";
    }

    private static void page(Map<String, Object> params, int page, int size) {
        params.put("limit", size + 1);
        params.put("offset", page * size);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static String likeEscaped(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
