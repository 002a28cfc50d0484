"""Icons and translations shipped inside the wheel as centre_desk.resources."""
