/**
 * Source texts from files: a page, a Markdown file or plain text reduced to the text a draft is
 * compared with, plus its title, byline and address. Pure functions of the file's name and content.
 */
package org.readerfirst.source;
