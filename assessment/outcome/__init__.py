"""What the answers lead to: the classification, the next steps and the government profile."""
