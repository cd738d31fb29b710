/**
 * Text as the extractor sees it: tokens with offsets into the document text, sentences, and the
 * removal of page furniture (navigation, sidebars, repeated captions and reposts).
 */
package org.humfig.text;
