package vn.cchc.shared.archfixture.alpha.rest;

public record ThingView(String name) {}
