package vn.trienkhai.tasklist;

/**
 * The period a reporting round covers ("Quý IV/2026"). Answered by reporting, which owns the rounds
 * and depends on this package, so the question is asked through this interface.
 */
public interface RoundPeriods {

    /** The period of the rollout's round with this sequence, or null for an unknown round. */
    String periodOf(long rolloutId, int sequence);
}
