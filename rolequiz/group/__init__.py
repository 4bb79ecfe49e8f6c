"""A group's shared folder, without a server: its layout (`layout`), participants
(`participants`), the manifest (`manifest`), saving into it (`store`), reading it
(`reader`), watching it (`watch`), and the counselor's report as data (`report`)."""
