"""How the doctests compare printed output with the book's: exact text, tolerant floats."""

from mxbook.outputs import outputs_match


def test_identical_text_matches():
    assert outputs_match("[1. 2.]\n<NDArray 2 @cpu(0)>", "[1. 2.]\n<NDArray 2 @cpu(0)>\n")


def test_last_digit_noise_in_floats_is_tolerated():
    assert outputs_match("loss 0.2511", "loss 0.2512")
    assert outputs_match("[0.12345678 1.5      ]", "[0.12345679 1.5      ]")
    assert outputs_match("3.1415927e-05", "3.1415930e-05")


def test_real_changes_in_floats_fail():
    assert not outputs_match("loss 0.2511", "loss 0.2531")
    assert not outputs_match("acc 0.913", "acc 0.920")


def test_integers_shapes_and_words_compare_exactly():
    assert not outputs_match("epoch 3", "epoch 4")
    assert not outputs_match("<NDArray 3x2 @cpu(0)>", "<NDArray 2x3 @cpu(0)>")
    assert not outputs_match("True", "False")
    assert not outputs_match("[1. 2.]", "[1. 2. 3.]")


def test_nan_never_matches_a_number():
    assert not outputs_match("nan", "0.5")
    assert outputs_match("[nan inf]", "[nan inf]")


def test_short_numbers_compare_exactly():
    assert not outputs_match("[[12. 23.]]", "[[12. 24.]]")
    assert not outputs_match("0.5", "0.6")
