"""The asking and owing of full packages kept beside the database: what each call
leaves in the file, and a damaged file read as nothing."""

from __future__ import annotations

import uuid

from centre_desk.store import full_requests

B, C = uuid.uuid4(), uuid.uuid4()


def test_a_restore_asks_every_peer_until_each_answers_this_asking(tmp_path):
    full_requests.ask_every_peer(tmp_path)
    request, waiting = full_requests.asking(tmp_path, [B, C])
    assert waiting == [str(B), str(C)]

    full_requests.answered(tmp_path, B, [str(uuid.uuid4())])  # an answer to another asking
    full_requests.answered(tmp_path, C, [request])

    assert full_requests.asking(tmp_path, [B, C]) == (request, [str(B)])
    assert full_requests.asking(tmp_path, [C]) is None


def test_a_withdrawn_asking_puts_back_the_one_before(tmp_path):
    full_requests.ask_every_peer(tmp_path)
    first = full_requests.asking(tmp_path, [B])
    full_requests.withdraw(tmp_path, full_requests.ask_every_peer(tmp_path))
    assert full_requests.asking(tmp_path, [B]) == first


def test_a_request_stays_owed_until_a_package_answering_it_is_written(tmp_path):
    first, second = str(uuid.uuid4()), str(uuid.uuid4())
    full_requests.owe(tmp_path, B, first)
    written = full_requests.owed_to(tmp_path, [B, C])
    assert written == {str(B): first}
    full_requests.owe(tmp_path, B, second)  # asked again while the package was written
    full_requests.sent(tmp_path, written)
    assert full_requests.owed_to(tmp_path, [B]) == {str(B): second}
    full_requests.sent(tmp_path, {str(B): second})
    assert full_requests.owed_to(tmp_path, [B]) == {}


def test_a_damaged_file_reads_as_no_asking_and_nothing_owed(tmp_path):
    for text in ("{", "[]", '{"asking": {"id": 5}, "owed": {"x": "y"}}', "\xff"):
        full_requests.path_in(tmp_path).write_text(text, encoding="latin-1")
        assert full_requests.asking(tmp_path, [B]) is None
        assert full_requests.owed_to(tmp_path, [B]) == {}
