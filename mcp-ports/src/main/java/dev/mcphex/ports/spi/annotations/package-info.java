/**
 * Annotations that turn plain methods into tools, resources and prompts: put them on the public
 * methods of an object and hand the object to the engine, which derives names, schemas and argument
 * binding from the methods' signatures.
 */
package dev.mcphex.ports.spi.annotations;
