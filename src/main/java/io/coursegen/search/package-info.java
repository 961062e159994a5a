/**
 * Search, built at build time: {@link io.coursegen.search.Analyzer} turns text into index terms (the
 * browser's {@code search.js} does the same, held to it by shared vectors), {@link io.coursegen.search.SearchIndex}
 * ranks every term's documents with BM25F, and {@link io.coursegen.search.IndexFiles} writes the index as
 * self-registering scripts: a small manifest, term shards by prefix and one file per document.
 */
package io.coursegen.search;
