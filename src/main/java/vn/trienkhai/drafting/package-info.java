/**
 * Plans written by the people who issue them. For now the extraction ("Nhập từ văn bản"): the
 * text of an issued plan, pasted or from a .docx, read into a plan document with every guess
 * marked. It owns no table and no process variable, and saves nothing.
 */
package vn.trienkhai.drafting;
