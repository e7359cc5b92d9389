"""annotations stage."""
