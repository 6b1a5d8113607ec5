package org.patchwork.platform.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on what a request may carry.
 *
 * @param maxBodySize the largest JSON body accepted; larger bodies are refused before anything reads them
 *                    (multipart uploads are bounded by {@code spring.servlet.multipart.*} instead)
 */
@ConfigurationProperties("patchwork.http")
public record HttpProperties(@DefaultValue("64KB") DataSize maxBodySize) {
}
