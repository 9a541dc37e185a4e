/**
 * The values khabar reads and produces: immutable records with no dependencies, validated in their compact
 * constructors. Their field names follow the {@code khabar/1} output contract ({@code docs/contract.md}).
 */
package org.khabar.model;
