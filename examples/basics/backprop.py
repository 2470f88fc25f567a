# Generated from chapters/en/basics/backprop.md by `make examples`; do not edit.
# Run it: python examples/basics/backprop.py
import contextlib  # noqa: E402  (lets cells that must raise continue)

# %% [1] chapters/en/basics/backprop.md:22
import mxnet as mx
import numpy as np
from matplotlib import pyplot as plt
from mxnet import autograd, nd

from mxbook import library as mb

mx.random.seed(14)
np.random.seed(14)

# %% [2] chapters/en/basics/backprop.md:89
def draw_graph():
    # name: (x, y, is_operation)
    nodes = {"x": (0, 1, 0), "×₁": (1, 1, 1), "z": (2, 1, 0), "φ": (3, 1, 1),
             "h": (4, 1, 0), "×₂": (5, 1, 1), "o": (6, 1, 0), "ℓ": (7, 1, 1),
             "L": (8, 1, 0), "+": (9, 1, 1), "J": (10, 1, 0), "W1": (1, 2, 0),
             "W2": (5, 2, 0), "y": (7, 0, 0), "‖·‖²": (7, 2, 1), "s": (8, 2, 0)}
    edges = ["x ×₁", "W1 ×₁", "×₁ z", "z φ", "φ h", "h ×₂", "W2 ×₂", "×₂ o", "o ℓ",
             "y ℓ", "ℓ L", "L +", "+ J", "W1 ‖·‖²", "W2 ‖·‖²", "‖·‖² s", "s +"]
    _, ax = plt.subplots()
    for a, b in (e.split() for e in edges):
        bend = "arc3,rad=-0.25" if (a, b) == ("W1", "‖·‖²") else "arc3"
        ax.annotate("", xy=nodes[b][:2], xytext=nodes[a][:2], arrowprops=dict(
            arrowstyle="->", shrinkA=11, shrinkB=11, connectionstyle=bend))
    for name, (u, v, op) in nodes.items():
        ax.text(u, v, name, ha="center", va="center", bbox=dict(
            boxstyle="circle" if op else "square", fc="wheat" if op else "lightblue"))
    ax.set_xlim(-0.4, 10.4)
    ax.set_ylim(-0.4, 3.0)
    ax.axis("off")
    plt.show()

mb.set_figsize(7, 2.4)
draw_graph()
# Figures: 1

# %% [3] chapters/en/basics/backprop.md:192
d, m, q, lam = 4, 5, 3, 0.1
x = nd.random.normal(shape=(d, 1))
y = nd.random.normal(shape=(q, 1))
W1 = nd.random.normal(scale=0.5, shape=(m, d))
W2 = nd.random.normal(scale=0.5, shape=(q, m))
x.T, y.T
# Out:
# (
#  [[-0.19933556  1.3242761   0.01429856  0.46892655]]
#  <NDArray 1x4 @cpu(0)>,
#
#  [[-0.18995582  0.72189283 -0.6633362 ]]
#  <NDArray 1x3 @cpu(0)>)

# %% [4] chapters/en/basics/backprop.md:205
z = nd.dot(W1, x)
h = nd.tanh(z)
o = nd.dot(W2, h)
L = 0.5 * ((o - y) ** 2).sum()
s = lam / 2 * ((W1 ** 2).sum() + (W2 ** 2).sum())
J = L + s
print("L =", L.asscalar(), " s =", s.asscalar(), " J =", J.asscalar())
# Out:
# L = 0.26444823  s = 0.4606173  J = 0.7250655

# %% [5] chapters/en/basics/backprop.md:219
grad_o = o - y
grad_W2 = nd.dot(grad_o, h.T) + lam * W2
grad_h = nd.dot(W2.T, grad_o)
grad_z = grad_h * (1 - h ** 2)
grad_W1 = nd.dot(grad_z, x.T) + lam * W1
[(g.shape, v.shape) for g, v in [(grad_W1, W1), (grad_W2, W2)]]
# Out:
# [((5, 4), (5, 4)), ((3, 5), (3, 5))]

# %% [6] chapters/en/basics/backprop.md:232
W1.attach_grad()
W2.attach_grad()
with autograd.record():
    h_rec = nd.tanh(nd.dot(W1, x))
    o_rec = nd.dot(W2, h_rec)
    J_rec = 0.5 * ((o_rec - y) ** 2).sum() + lam / 2 * (
        (W1 ** 2).sum() + (W2 ** 2).sum())
J_rec.backward()
W2.grad
# Out:
#
# [[-0.1527886   0.03717007 -0.26954436 -0.16183296  0.5721008 ]
#  [-0.02096882  0.06494013  0.13749929  0.00856691 -0.27708006]
#  [ 0.12088519 -0.04624822 -0.03698951  0.09197632 -0.22627023]]
# <NDArray 3x5 @cpu(0)>

# %% [7] chapters/en/basics/backprop.md:247
for name, by_hand, by_autograd in [("W1", grad_W1, W1.grad), ("W2", grad_W2, W2.grad)]:
    diff = nd.abs(by_hand - by_autograd).max().asscalar()
    same = np.allclose(by_hand.asnumpy(), by_autograd.asnumpy(), atol=1e-6)
    print(f"{name}: max |difference| = {diff:.1e}, allclose: {same}")
# Out:
# W1: max |difference| = 0.0e+00, allclose: True
# W2: max |difference| = 0.0e+00, allclose: True

# %% [8] chapters/en/basics/backprop.md:265
wrong_W2 = nd.dot(grad_o, h.T)
print(np.allclose(wrong_W2.asnumpy(), W2.grad.asnumpy(), atol=1e-6))
print(np.allclose((W2.grad - wrong_W2).asnumpy(), (lam * W2).asnumpy(), atol=1e-6))
# Out:
# False
# True

# %% [9] chapters/en/basics/backprop.md:287
n_in, n_hidden, n_out = 64, 256, 10
n_weights = n_in * n_hidden + n_hidden * n_out
kept_per_example = n_in + n_hidden + n_hidden + n_out
print(f"weights: {n_weights}")
for batch_size in [1, 32, 256, 1024]:
    kept = batch_size * kept_per_example
    print(f"batch {batch_size:5d}: {kept:8d} values kept, {kept / n_weights:6.2f}x the weights")
# Out:
# weights: 18944
# batch     1:      586 values kept,   0.03x the weights
# batch    32:    18752 values kept,   0.99x the weights
# batch   256:   150016 values kept,   7.92x the weights
# batch  1024:   600064 values kept,  31.68x the weights

# %% [10] chapters/en/basics/backprop.md:306
with contextlib.suppress(Exception):
    J_rec.backward()
# Error:
# MXNetError: Traceback (most recent call last):
#   File "../src/imperative/imperative.cc", line 295
# MXNetError: Check failed: !AGInfo: :IsNone(*i): Cannot differentiate node because it is not in a computational graph. You need to set is_recording to true or use autograd.record() to save computational graphs for backward. If you want to differentiate the same graph twice, you need to pass retain_graph=True to backward.

# %% [11] chapters/en/basics/backprop.md:316
with autograd.record():
    o_rec = nd.dot(W2, nd.tanh(nd.dot(W1, x)))
    J_rec = 0.5 * ((o_rec - y) ** 2).sum() + lam / 2 * (
        (W1 ** 2).sum() + (W2 ** 2).sum())
J_rec.backward(retain_graph=True)
first = W1.grad.copy()
J_rec.backward()
(first == W1.grad).min().asscalar() == 1
# Out:
# True
