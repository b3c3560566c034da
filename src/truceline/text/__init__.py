"""Text primitives shared by every stage: tokens, phrase matching, folding."""
