/** What the built-in tool packs share: schema builders. */
package dev.mcphex.packs.support;
