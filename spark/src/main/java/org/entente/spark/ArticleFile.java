package org.entente.spark;

import java.io.Serializable;

/**
 * One input file of the job, as the driver listed it: its place in the input order, its URI, and the URI of its
 * {@code .json} sidecar when it has one.
 *
 * @param index position in the input order (inputs as given, files of a directory sorted), the first wins a duplicate id
 * @param uri the file, on any Hadoop file system
 * @param sidecarUri the sidecar beside a {@code .txt} file, or null
 */
record ArticleFile(int index, String uri, String sidecarUri) implements Serializable {
}
