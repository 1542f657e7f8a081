package vn.cchc.shared.archfixture.beta;

public record BetaThing(String name) {}
