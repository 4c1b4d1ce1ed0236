package harbinger.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Validates JSON against the schemas of the server's own {@code openapi.json} (OpenAPI 3.1 schemas are JSON Schema
 * 2020-12): the component schemas become {@code $defs} and their {@code $ref}s are rewritten to point there.
 */
final class Schemas {
  private final JsonNode document;
  private final JsonNode defs;

  Schemas() {
    try {
      document = TestServer.JSON.readTree(HarbingerServer.openApiDocument());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    defs = rewrite(document.path("components").path("schemas").deepCopy());
  }

  JsonNode document() { return document; }

  /** The validation messages of {@code value} against component schema {@code name}; empty when valid. */
  Set<ValidationMessage> validate(String name, JsonNode value) {
    if (!defs.has(name)) throw new IllegalArgumentException("no schema " + name + " in openapi.json");
    ObjectNode root = TestServer.JSON.createObjectNode();
    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    root.set("$defs", defs);
    root.put("$ref", "#/$defs/" + name);
    JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(root);
    return schema.validate(value);
  }

  private static JsonNode rewrite(JsonNode node) {
    if (node.isObject()) {
      ObjectNode o = (ObjectNode) node;
      for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (e.getKey().equals("$ref") && e.getValue().isTextual()) {
          e.setValue(new TextNode(e.getValue().textValue().replace("#/components/schemas/", "#/$defs/")));
        } else {
          rewrite(e.getValue());
        }
      }
    } else if (node.isArray()) {
      node.forEach(Schemas::rewrite);
    }
    return node;
  }
}
