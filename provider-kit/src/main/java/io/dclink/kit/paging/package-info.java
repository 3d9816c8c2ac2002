/**
 * Paging strategies the providers use (offset/limit, page number, next token) and the guards that
 * keep every listing finite: no repeated token or page, no lying total, no endless listing.
 */
package io.dclink.kit.paging;
