package org.patchwork.directory.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How this directory instance is set up.
 *
 * @param demoData          whether to add the demo agencies (migrations in {@code classpath:db/demo}); only a local
 *                          demo run sets it, through {@code PATCHWORK_DEMO_DATA=true}
 * @param maxImportRows     the most staff rows one CSV import may carry; larger files are refused whole
 * @param searchesPerMinute how many searches (of professionals or agencies) one professional may make in a minute
 * @param searchesPerDay    how many in a (UTC) day, so the directory cannot be copied out page by page
 */
@ConfigurationProperties("patchwork.directory")
public record DirectoryProperties(@DefaultValue("false") boolean demoData,
                                  @DefaultValue("5000") int maxImportRows,
                                  @DefaultValue("30") int searchesPerMinute,
                                  @DefaultValue("500") int searchesPerDay) {
}
