/**
 * Documents and where they come from: plain text, HTML, JSON Lines and web archive (WARC) readers,
 * manifests, and the streaming walk over input files and folders that reports unreadable inputs
 * instead of failing.
 */
package org.humfig.document;
