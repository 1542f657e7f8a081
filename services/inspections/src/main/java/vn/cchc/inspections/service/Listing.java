package vn.cchc.inspections.service;

import java.util.List;

/** One page of a list and the count of everything that matched (sent as {@code X-Total-Count}). */
public record Listing<T>(List<T> items, long total) {}
