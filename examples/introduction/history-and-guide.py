# Generated from chapters/en/introduction/history-and-guide.md by `make examples`; do not edit.
# Run it: python examples/introduction/history-and-guide.py

# %% [1] chapters/en/introduction/history-and-guide.md:38
import mxnet as mx
import numpy as np

mx.random.seed(11)
np.random.seed(11)

# %% [2] chapters/en/introduction/history-and-guide.md:46
inputs = np.array([[0, 0], [0, 1], [1, 0], [1, 1]])
targets = {'AND': np.array([0, 0, 0, 1]), 'XOR': np.array([0, 1, 1, 0])}
grid = np.linspace(-2, 2, 41)
w1, w2, b = (g.ravel() for g in np.meshgrid(grid, grid, grid))
# one column per perceptron: predictions for the 4 inputs
predictions = (np.outer(inputs[:, 0], w1) + np.outer(inputs[:, 1], w2) + b > 0).astype(int)
for name, y in targets.items():
    accuracy = (predictions == y[:, None]).mean(axis=0)
    print(f'{name}: best accuracy {accuracy.max():.2f} over {accuracy.size} perceptrons')
# Out:
# AND: best accuracy 1.00 over 68921 perceptrons
# XOR: best accuracy 0.75 over 68921 perceptrons
