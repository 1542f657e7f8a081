package vn.cchc.parindex.mapping;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import vn.cchc.parindex.domain.scoring.ScoringRule;

/** A scoring rule to and from the JSON kept in {@code criteria_node.rule_json}. */
@ApplicationScoped
public class RuleJson {

    private final ObjectMapper mapper;

    public RuleJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public String write(ScoringRule rule) {
        if (rule == null) {
            return null;
        }
        try {
            return mapper.writeValueAsString(rule);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public ScoringRule read(String json) {
        if (json == null) {
            return null;
        }
        try {
            return mapper.readValue(json, ScoringRule.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored rule is not readable: " + json, e);
        }
    }
}
